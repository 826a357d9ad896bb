/**
 * Whether a URL points into a private network: loopback, RFC 1918 and link-local IPv4, IPv6 loopback, unique-local
 * and link-local, `localhost` and `.local`/`.internal` names. Brief's worker reads images with the user's cookies
 * and no CORS; a public page must not make it read the user's intranet.
 */
export function isPrivateHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
  const v4 = host.match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    return v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^::ffff:(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(v6);
  }
  return false;
}
