/**
 * Whether a request says it was relayed for someone else. One rule rather than a list, because proxies, CDNs
 * and tunnels each invent their own name for the original client's address (X-Forwarded-For, Forwarded,
 * X-Original-Forwarded-For, True-Client-IP, Fastly-Client-IP, CF-Connecting-IP, X-Real-IP …).
 */
import type { IncomingHttpHeaders } from 'node:http';

const relayNames = new Set(['via', 'x-remote-addr', 'x-envoy-external-address']);

/** Header names arrive lowercased from node:http. */
export function isRelayHeader(name: string): boolean {
  return (
    relayNames.has(name) ||
    name.includes('forwarded') ||
    name.includes('client-ip') ||
    /-ip(v6)?$/.test(name) ||
    /^x-.*-(addr|address)$/.test(name)
  );
}

export function carriesForwardingHeader(headers: IncomingHttpHeaders): boolean {
  return Object.keys(headers).some((name) => isRelayHeader(name.toLowerCase()));
}
