import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedReason } from './classify-address.ts';

const CASES: readonly (readonly [string, string | null])[] = [
  ['127.0.0.1', 'loopback'],
  ['127.255.0.9', 'loopback'],
  ['10.1.2.3', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', null],
  ['192.168.1.1', 'private'],
  ['169.254.169.254', 'link-local'],
  ['100.64.0.1', 'carrier-grade NAT'],
  ['100.128.0.1', null],
  ['0.0.0.0', 'this-network'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['8.8.8.8', null],
  ['93.184.216.34', null],
  ['::1', 'loopback'],
  ['::', 'unspecified'],
  ['fe80::1', 'link-local'],
  ['fd12:3456::1', 'unique-local'],
  ['fc00::1', 'unique-local'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:8.8.8.8', null],
  ['64:ff9b::192.168.0.1', 'private'],
  ['2606:4700:4700::1111', null],
  ['2001:db8::1', 'documentation'],
  ['localhost', 'not an IP address'],
];

test('blockedReason classifies addresses', () => {
  for (const [address, expected] of CASES) assert.equal(blockedReason(address), expected, address);
});
