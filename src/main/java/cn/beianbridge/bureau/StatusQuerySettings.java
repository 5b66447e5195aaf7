package cn.beianbridge.bureau;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.Entity;
import cn.beianbridge.filing.FilingDocument.EntityNature;

/**
 * Which {@code queryConditionType} asks the bureau about an entity, by the contract's entity nature and certificate
 * type ({@code bridge.status-query}, config/status-queries.yml). The interface names certificates the contract does
 * not (organisation code vs legal-person certificate, military unit code), so the mapping is a reading, and
 * provinces may read it otherwise: {@code provinces.<code>} overrides single pairs. A pair named nowhere has no
 * entity query; the bureau is then asked by domain only.
 *
 * @param byEntity entity nature → certificate type → query type
 * @param provinces province code → pairs that differ there
 */
@ConfigurationProperties("bridge.status-query")
public record StatusQuerySettings(Map<EntityNature, Map<CertificateType, StatusQueryType>> byEntity,
		Map<String, Map<EntityNature, Map<CertificateType, StatusQueryType>>> provinces) {

	public StatusQuerySettings {
		byEntity = byEntity == null ? Map.of() : Map.copyOf(byEntity);
		provinces = provinces == null ? Map.of() : Map.copyOf(provinces);
	}

	public Optional<StatusQueryType> typeFor(String province, EntityNature nature, CertificateType certificate) {
		return Optional.ofNullable(lookup(provinces.getOrDefault(province, Map.of()), nature, certificate))
			.or(() -> Optional.ofNullable(lookup(byEntity, nature, certificate)));
	}

	/** The question about the entity's certificate, when its nature and certificate have a query type. */
	public Optional<BureauCall.QueryBeianStatus> questionAbout(String province, Entity entity) {
		if (entity == null || entity.certificate() == null || entity.certificate().number() == null
				|| entity.certificate().number().isBlank()) {
			return Optional.empty();
		}
		return typeFor(province, entity.nature(), entity.certificate().type())
			.map(type -> new BureauCall.QueryBeianStatus(type, entity.certificate().number().strip()));
	}

	private static StatusQueryType lookup(Map<EntityNature, Map<CertificateType, StatusQueryType>> table,
			EntityNature nature, CertificateType certificate) {
		Map<CertificateType, StatusQueryType> byCertificate = table.get(nature);
		return byCertificate == null ? null : byCertificate.get(certificate);
	}

}
