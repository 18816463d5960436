/**
 * A supertest response body, typed as what the test expects the API to answer. supertest types
 * bodies as `any`; naming the type here stops that from spreading into the assertions. It checks
 * nothing: the assertions do. Prefer a type from @eenplan/contracts for `T`.
 */
export function body<T>(res: { body: unknown }): T {
  return res.body as T;
}
