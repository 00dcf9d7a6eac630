/**
 * A stand-in for an object a `beforeAll` makes, so that a test file can name it once at the top
 * (`const { h } = useConsoleHarness()`) instead of declaring a `let` and assigning it in every file:
 * each property read goes to the real object once `set` has given it. Read before that, it throws
 * and says what was missing, rather than handing out `undefined`.
 */
export function createLateBound<T extends object>(what: string): { readonly value: T; set(target: T): void } {
  let target: T | undefined;
  const real = (): T => {
    if (target === undefined) throw new Error(`${what} is read before the beforeAll that makes it has run`);
    return target;
  };
  const value = new Proxy({} as T, {
    get(_, key) {
      const object = real();
      const property: unknown = Reflect.get(object, key, object);
      return typeof property === 'function' ? property.bind(object) : property;
    },
    has: (_, key) => Reflect.has(real(), key),
  });
  return {
    value,
    set: (made) => {
      target = made;
    },
  };
}
