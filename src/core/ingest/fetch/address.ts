import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { IngestError } from '../options.js';

/**
 * True for an address on the public internet. Private, loopback, link-local, unique-local,
 * carrier-grade NAT, multicast, reserved and unspecified ranges are not public; an IPv4 address
 * written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** Decides whether an address may be reached. */
export type AddressPolicy = (address: string) => boolean;

/** The policy the options ask for: `allowAddress` when set, else public addresses (all with `allowPrivateUrls`). */
export function addressPolicy(options: {
  allowPrivateUrls: boolean;
  allowAddress?: AddressPolicy | null;
}): AddressPolicy {
  if (options.allowAddress) return options.allowAddress;
  return options.allowPrivateUrls ? () => true : isPublicAddress;
}

/** Refuses a URL that is not http(s) or names a refused address literally. */
export function checkUrl(raw: string, allowed: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IngestError(`not a valid URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(`only http and https links are fetched, not ${url.protocol.replace(/:$/, '')}`);
  }
  if (url.username || url.password) throw new IngestError('links with a user name or password are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowed(host)) {
    throw new IngestError(`${host} is a private, loopback or link-local address (ALLOW_PRIVATE_URLS is off)`);
  }
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for the HTTP agent that refuses non-public addresses: the check runs on the very
 * addresses the socket connects to, so a name that resolves differently the second time cannot slip by.
 */
export function guardedLookup(allowed: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const refused = list.find((entry) => !allowed(entry.address));
      if (refused) {
        const message = `${hostname} resolves to ${refused.address}, a private, loopback or link-local address`;
        const error = new IngestError(`${message} (ALLOW_PRIVATE_URLS is off)`);
        return callback(Object.assign(error, { code: 'EPRIVATE' }), []);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
