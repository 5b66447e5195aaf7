/**
 * The operations console: the pages ops staff, gateway integrators and admins work in ({@code /ops}, Thymeleaf and
 * htmx) and the same actions as a REST API ({@code /api/ops/v1}, OpenAPI at {@code /api/ops/v1/openapi}).
 * <p>
 * Every action is one method of a service here, guarded by method security (roles {@link cn.beianbridge.ops.OpsRole}),
 * so the pages and the API cannot differ; each successful change writes one row of the audit log, a refused one
 * none. It calls the other modules' public services and never writes their tables.
 * <p>
 * Owns {@code ops_user}, {@code ops_api_token}, {@code ops_audit}, {@code ops_idempotency}, and {@code ops_bulk_run}
 * with {@code ops_bulk_item} (bulk actions by query: dry run, confirmed count, a result per target).
 * <p>
 * Not a step of the flow: the people beside it.
 */
package cn.beianbridge.ops;
