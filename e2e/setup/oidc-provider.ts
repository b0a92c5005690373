// An OpenID Connect identity provider for the end-to-end tests, over real HTTP: discovery, a sign-in
// page that asks only for an e-mail (whoever types it is that person, as the portal's provider
// vouches for its own factors), the authorization code flow with PKCE, signed ID tokens, and the
// keys to check them. Started by playwright.config.ts beside the portal; nothing outside tests.
import { createHash, createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const port = Number(process.env.E2E_OIDC_PORT);
const clientId = process.env.AUTH_OIDC_ID ?? '';
const clientSecret = process.env.AUTH_OIDC_SECRET ?? '';
const issuer = `http://127.0.0.1:${port}`;
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KID = 'e2e-key';

interface Grant {
  email: string;
  nonce?: string;
  challenge?: string;
  redirectUri: string;
}
const grants = new Map<string, Grant>();
const accessTokens = new Map<string, string>();

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function idToken(email: string, nonce: string | undefined): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KID }));
  const claims = { iss: issuer, sub: `sub-${email}`, aud: clientId, iat: now, exp: now + 300, email, email_verified: true, name: email, ...(nonce ? { nonce } : {}) };
  const body = `${header}.${b64(JSON.stringify(claims))}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url')}`;
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function form(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return new URLSearchParams(text);
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function signInPage(query: URLSearchParams): string {
  const hidden = [...query].map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`).join('');
  return `<!doctype html><title>Identity provider</title><h1>Identity provider</h1>
<form method="post" action="/login">${hidden}<label>Work e-mail <input name="email" type="email"></label><button>Continue</button></form>`;
}

function clientAuthenticated(req: IncomingMessage, body: URLSearchParams): boolean {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (basic) {
    const [id, secret] = Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent);
    return id === clientId && secret === clientSecret;
  }
  return body.get('client_id') === clientId && body.get('client_secret') === clientSecret;
}

async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await form(req);
  if (!clientAuthenticated(req, body)) return send(res, 401, { error: 'invalid_client' });
  const grant = grants.get(body.get('code') ?? '');
  grants.delete(body.get('code') ?? '');
  const verifier = body.get('code_verifier') ?? '';
  const pkce = !grant?.challenge || createHash('sha256').update(verifier).digest('base64url') === grant.challenge;
  if (!grant || !pkce || body.get('redirect_uri') !== grant.redirectUri) return send(res, 400, { error: 'invalid_grant' });
  const accessToken = randomBytes(16).toString('hex');
  accessTokens.set(accessToken, grant.email);
  send(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 300, id_token: idToken(grant.email, grant.nonce) });
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', issuer);
  if (url.pathname === '/.well-known/openid-configuration') {
    return send(res, 200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  }
  if (url.pathname === '/userinfo') {
    const email = accessTokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    return email ? send(res, 200, { sub: `sub-${email}`, email, email_verified: true, name: email }) : send(res, 401, { error: 'invalid_token' });
  }
  if (url.pathname === '/jwks') return send(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' }] });
  if (url.pathname === '/authorize') {
    if (url.searchParams.get('client_id') !== clientId) return send(res, 400, 'unknown client', 'text/plain');
    return send(res, 200, signInPage(url.searchParams), 'text/html; charset=utf-8');
  }
  if (url.pathname === '/login' && req.method === 'POST') {
    void form(req).then((body) => {
      const redirectUri = body.get('redirect_uri') ?? '';
      const code = randomBytes(16).toString('hex');
      grants.set(code, { email: body.get('email') ?? '', nonce: body.get('nonce') ?? undefined, challenge: body.get('code_challenge') ?? undefined, redirectUri });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      if (body.get('state')) back.searchParams.set('state', body.get('state') ?? '');
      res.writeHead(302, { location: back.toString() }).end();
    });
    return;
  }
  if (url.pathname === '/token' && req.method === 'POST') {
    void token(req, res);
    return;
  }
  send(res, 404, 'not found', 'text/plain');
}).listen(port, '127.0.0.1');
