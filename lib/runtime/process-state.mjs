// @ts-check
// Process-wide state. One process loads our modules up to three ways: Next's
// bundles (each route may carry its own copy of a module), the "use cache"
// handler that Next imports at run time outside its bundles, and tsx for the
// front process and scripts. Module-level variables are therefore not one per
// process; this registry on the global object is, and it is the only place
// that touches the global object.

const REGISTRY = Symbol.for("rundblick.runtime");

/** @returns {Map<string, unknown>} */
function registry() {
  const holder = /** @type {{ [REGISTRY]?: Map<string, unknown> }} */ (/** @type {unknown} */ (globalThis));
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/**
 * The one value of `name` in this process, made by `create` on first use.
 * @template T
 * @param {string} name
 * @param {() => T} create
 * @returns {T}
 */
export function processSingleton(name, create) {
  const values = registry();
  if (!values.has(name)) values.set(name, create());
  return /** @type {T} */ (values.get(name));
}

/**
 * The value of `name` if this process has made it, else undefined.
 * @param {string} name
 * @returns {unknown}
 */
export function existingProcessSingleton(name) {
  return registry().get(name);
}

/**
 * Forgets `name`, so the next processSingleton() call makes it anew (tests,
 * and settings after the environment changed).
 * @param {string} name
 */
export function forgetProcessSingleton(name) {
  registry().delete(name);
}

/**
 * A global variable that third-party code expects by name (the schema
 * engine's WebAssembly glue reads its panic registry from the global object).
 * @param {string} name
 * @param {unknown} value
 */
export function setProcessGlobal(name, value) {
  /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis))[name] = value;
}
