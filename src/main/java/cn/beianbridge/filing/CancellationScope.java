package cn.beianbridge.filing;

/**
 * What a cancellation took away (the {@code scope} of a CANCELLED event): the filing before it went to the bureau,
 * the entity with all its websites, one website, or only our access to a website (its filing stays valid).
 */
public enum CancellationScope {

	FILING, ENTITY, WEBSITE, ACCESS

}
