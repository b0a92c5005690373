// What the engine's schema describer needs of @prisma/adapter-pg 7.10 that the query client does
// not: pg_catalog's "char" columns (oid 18) as the engine's Character type. The adapter has no
// column type for them and refuses the result ("Column type 'char' could not be deserialized");
// reported as text instead, the describer cannot read them either ("Getting constraint_type ...
// as char failed", on every CHECK constraint, and on PostgreSQL 18 on every NOT NULL, which it
// lists in pg_constraint as type 'n').
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';

// A pg result's rows array → the indices of its "char" columns, for the adapter's queryRaw, which
// returns that same array.
const charColumns = new WeakMap();

/** Applied to every pg result the adapter gets: "char" fields pass the adapter's type check as text. */
export function markCharColumns(result) {
  for (const one of [result ?? []].flat()) {
    const indices = [];
    (one.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID !== pg.types.builtins.CHAR) return;
      field.dataTypeID = pg.types.builtins.TEXT;
      indices.push(index);
    });
    if (indices.length > 0 && Array.isArray(one.rows)) charColumns.set(one.rows, indices);
  }
  return result;
}

const PATCHED = Symbol('describer-safe');

/** Makes queryRaw of the adapter's class (and its transactions') report "char" columns as Character. */
export function reportCharColumns(adapter) {
  let owner = Object.getPrototypeOf(adapter);
  while (owner && !Object.hasOwn(owner, 'queryRaw')) owner = Object.getPrototypeOf(owner);
  if (!owner || owner[PATCHED]) return;
  const queryRaw = owner.queryRaw;
  owner.queryRaw = async function queryRawWithChars(query) {
    const result = await queryRaw.call(this, query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  owner[PATCHED] = true;
}
