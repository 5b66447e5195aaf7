/**
 * Tiny types every module may use: the checked identifiers ({@link cn.beianbridge.shared.IcpNumber},
 * {@link cn.beianbridge.shared.UnifiedSocialCreditCode}, {@link cn.beianbridge.shared.ResidentIdNumber}),
 * {@link cn.beianbridge.shared.ChinaTime}, {@link cn.beianbridge.shared.Sha256},
 * {@link cn.beianbridge.shared.CappedInputStream} for what peers send, {@link cn.beianbridge.shared.OperatorAlert}
 * (published by the module that notices, sent by notification), MyBatis's
 * {@link cn.beianbridge.shared.GeneratedKey}, the application's {@code Clock}, machines' bearer tokens
 * ({@link cn.beianbridge.shared.BearerToken}, {@link cn.beianbridge.shared.BearerTokenFilter}) and the production
 * start-up check's contribution interface ({@link cn.beianbridge.shared.ProductionReadiness}).
 * <p>
 * Owns no table and depends on no module; not a step of the flow.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.beianbridge.shared;
