/**
 * Every row of every store through the raw IndexedDB API, byte arrays spelled
 * out as Latin-1 and UTF-8 text: what someone who copies the browser profile
 * could read. Tests search it for secrets in clear.
 */
export async function dumpDatabase(factory: IDBFactory, name = 'havencode'): Promise<string> {
  const open = factory.open(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  const parts: string[] = [];
  for (const store of db.objectStoreNames) {
    const request = db.transaction(store).objectStore(store).getAll();
    const rows = await new Promise<unknown[]>(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    parts.push(
      JSON.stringify(rows, (_key, value: unknown) =>
        value instanceof Uint8Array
          ? `${String.fromCharCode(...value)} ${new TextDecoder().decode(value)}`
          : value,
      ),
    );
  }
  db.close();
  return parts.join('\n');
}
