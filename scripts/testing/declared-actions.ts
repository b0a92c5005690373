import ts from 'typescript';

export type DeclaredAccess = { role: 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN' } | { public: string };

/** One export of a 'use server' file, as the action helper declares it; `problem` when it does not. */
export interface DeclaredAction {
  name: string;
  access: DeclaredAccess | null;
  problem?: string;
}

const HELPERS = new Set(['formAction', 'callAction']);
const ROLES = new Set(['CONTRIBUTOR', 'EDITOR', 'ADMIN']);

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isAsExpression(n) || ts.isParenthesizedExpression(n) || ts.isSatisfiesExpression(n)) n = n.expression;
  return n;
}

function propertyName(p: ts.ObjectLiteralElementLike): string | undefined {
  return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
}

/** The `access` of an object literal, following spreads of the file's own top-level constants. */
function accessOf(spec: ts.ObjectLiteralExpression, constants: Map<string, ts.Expression>): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  for (const p of spec.properties) {
    if (ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression)) {
      const target = constants.get(p.expression.text);
      const inner = target && ts.isObjectLiteralExpression(target) ? accessOf(target, constants) : undefined;
      if (inner) found = inner;
    } else if (ts.isPropertyAssignment(p) && propertyName(p) === 'access') found = p.initializer;
  }
  return found;
}

function readAccess(node: ts.Expression | undefined): DeclaredAccess | null {
  if (!node) return null;
  const n = unwrap(node);
  if (ts.isStringLiteral(n) && ROLES.has(n.text)) return { role: n.text as 'CONTRIBUTOR' };
  if (!ts.isObjectLiteralExpression(n)) return null;
  const props = new Map(n.properties.filter(ts.isPropertyAssignment).map((p) => [propertyName(p), unwrap(p.initializer)]));
  if (props.size !== n.properties.length) return null;
  const reason = props.get('public');
  if (reason && props.size === 1) return ts.isStringLiteral(reason) && reason.text.trim().length >= 10 ? { public: reason.text } : null;
  const role = props.get('role');
  if (!role || !ts.isStringLiteral(role) || !ROLES.has(role.text)) return null;
  for (const [key, value] of props) if (key !== 'role' && !((key === 'enrolling' || key === 'awaitingCode') && value.kind === ts.SyntaxKind.TrueKeyword)) return null;
  return { role: role.text as 'CONTRIBUTOR' };
}

/**
 * Every value a 'use server' file exports, read from its source: each must be
 * `export const name = formAction|callAction({ access, … }, body)`, with a role (and at most the
 * enrolment or code-step flag) or `{ public: reason }`. Anything else is a problem: an exported
 * function written by hand would run without the helper's session check.
 */
export function declaredActions(fileName: string, source: string): DeclaredAction[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  for (const s of file.statements) {
    if (!ts.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, unwrap(d.initializer));
  }
  const out: DeclaredAction[] = [];
  for (const s of file.statements) {
    const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(s) || ts.isExportAssignment(s)) out.push({ name: s.getText(file), access: null, problem: 're-exports are not declared actions' });
    if (!exported || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) continue;
    if (ts.isFunctionDeclaration(s)) {
      out.push({ name: s.name?.text ?? 'default', access: null, problem: 'an exported function not declared with formAction or callAction' });
      continue;
    }
    if (!ts.isVariableStatement(s)) {
      out.push({ name: s.getText(file).slice(0, 40), access: null, problem: 'an export that is not an action' });
      continue;
    }
    for (const d of s.declarationList.declarations) {
      const name = ts.isIdentifier(d.name) ? d.name.text : d.name.getText(file);
      const init = d.initializer && unwrap(d.initializer);
      const call = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && HELPERS.has(init.expression.text) ? init : undefined;
      const spec = call?.arguments[0] && unwrap(call.arguments[0]);
      if (!call || !spec || !ts.isObjectLiteralExpression(spec) || call.arguments.length !== 2) {
        out.push({ name, access: null, problem: 'not declared with formAction or callAction' });
        continue;
      }
      const access = readAccess(accessOf(spec, constants));
      out.push(access ? { name, access } : { name, access: null, problem: 'its access is not a role or { public: reason }' });
    }
  }
  return out;
}
