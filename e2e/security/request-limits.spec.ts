import { connect } from 'node:net';
import { expect, test } from '@playwright/test';

const TEN_MB = 10 * 1024 * 1024;

/**
 * Announces a large body (10 MB unless told), sends only its first 16 KB, and reads what the server answers: a server
 * that read the body before answering would wait for the rest forever (here, until the timeout).
 */
function announceLargeBody(baseURL: string, path: string, length = TEN_MB): Promise<{ status: number; sent: number }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let sent = 0;
    let answer = '';
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${path} before the body was sent`));
    });
    socket.on('connect', () => {
      const head = `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${length}\r\n\r\n`;
      const chunk = Buffer.alloc(16 * 1024, 'a');
      socket.write(head);
      socket.write(chunk);
      sent = chunk.length;
    });
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      if (status) {
        socket.destroy();
        resolve({ status: Number(status), sent });
      }
    });
    socket.on('error', reject);
  });
}

test('Auth.js’s endpoints and route handlers answer 413 to a 10 MB body without reading it', async ({ baseURL }) => {
  for (const path of ['/api/auth/callback/credentials', '/api/auth/signout', '/api/editor/import', '/api/revalidate']) {
    const { status, sent } = await announceLargeBody(baseURL ?? '', path);
    expect(status, path).toBe(413);
    expect(sent, path).toBeLessThan(TEN_MB);
  }
});

test('Auth.js’s endpoints refuse even a 1 MB body, which no sign-in form comes near', async ({ baseURL }) => {
  const { status } = await announceLargeBody(baseURL ?? '', '/api/auth/callback/credentials', 1024 * 1024);
  expect(status).toBe(413);
});
