/**
 * Where syndiq may connect. Feeds and pages come from strangers, and a link or a redirect in them
 * must not make syndiq reach a machine the public cannot (the loopback interface, a private
 * network, a cloud metadata service at 169.254.169.254). Only public unicast addresses are allowed,
 * plus the networks the user names (`--allow-network 127.0.0.1`, `"allowNetworks"` in the config).
 *
 * The check runs on the address actually connected to: an IP literal in the URL is checked before
 * the request, and a host name through the resolver hook handed to the socket (`lookup`), so a DNS
 * answer cannot swap a private address in after the check (DNS rebinding). Address ranges come from
 * ipaddr.js (IANA special-purpose registries); an IPv4 address mapped into IPv6 is judged as IPv4.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** ipaddr.js range names, as a reader would say them. */
const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback',
  private: 'a private',
  uniqueLocal: 'a private (unique local)',
  linkLocal: 'a link-local',
  carrierGradeNat: 'a shared (carrier-grade NAT)',
  unspecified: 'an unspecified',
  broadcast: 'a broadcast',
  multicast: 'a multicast',
};

const NOT_PUBLIC = ', not a public one (allow it with --allow-network)';

/** A connection the policy refuses; `message` says which address and why. */
export class AddressRefusedError extends Error {
  readonly code = 'ESYNDIQ_ADDRESS_REFUSED';
}

/** A `--allow-network` value that is neither an address nor a CIDR range. */
export class NetworkSpecError extends Error {}

function parseNetwork(spec: string): [Address, number] {
  const text = spec.trim();
  try {
    if (text.includes('/')) return ipaddr.parseCIDR(text);
    const address = ipaddr.parse(text);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    throw new NetworkSpecError(
      `"${spec}" is not an IP address or a CIDR range (for example 127.0.0.1, 10.0.0.0/8, ::1)`,
    );
  }
}

/** Validate `--allow-network` / `allowNetworks` values; throws NetworkSpecError naming the bad one. */
export function checkNetworkSpecs(specs: readonly string[]): void {
  for (const s of specs) parseNetwork(s);
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A DNS resolver returning every answer (`dns.lookup` with `all: true`). */
export type Resolver = (
  hostname: string,
  options: LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export class AddressPolicy {
  private readonly allowed: [Address, number][];

  constructor(
    allowNetworks: readonly string[] = [],
    private readonly resolver: Resolver = dnsLookup,
  ) {
    this.allowed = allowNetworks.map(parseNetwork);
  }

  /**
   * Null when syndiq may connect to `address`; otherwise what kind of address it is ("a loopback
   * address"), for a message.
   */
  refusal(address: string): string | null {
    let ip: Address;
    try {
      ip = ipaddr.process(address.replace(/^\[|\]$/g, ''));
    } catch {
      return 'not an IP address';
    }
    const range = ip.range();
    if (range === 'unicast') return null;
    if (this.allowed.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
    return `${RANGE_NAMES[range] ?? `a reserved (${range})`} address`;
  }

  /** Throw AddressRefusedError when a URL's host is an IP literal the policy refuses. */
  checkLiteralHost(hostname: string): void {
    const bare = hostname.replace(/^\[|\]$/g, '');
    if (!ipaddr.isValid(bare)) return; // a name: checked when it resolves
    const what = this.refusal(bare);
    if (what) throw new AddressRefusedError(`${bare} is ${what}${NOT_PUBLIC}`);
  }

  /**
   * A resolver for `net.connect({ lookup })`: the answers the policy refuses are dropped, and a name
   * with no allowed answer fails with AddressRefusedError.
   */
  readonly lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const all: LookupAllOptions = { ...options, all: true };
    this.resolver(hostname, all, (err, answers) => {
      if (err) return callback(err, []);
      const usable = answers.filter((a) => this.refusal(a.address) === null);
      if (usable.length === 0) {
        const what = answers.map((a) => `${a.address} (${this.refusal(a.address)})`).join(', ');
        return callback(new AddressRefusedError(`${hostname} resolves to ${what}${NOT_PUBLIC}`), []);
      }
      if (options.all) return callback(null, usable);
      const [one] = usable as [LookupAddress];
      callback(null, one.address, one.family);
    });
  };
}
