// Names that reach an address the name embeds: wildcard DNS with IPv6 written in
// dashes, and DNS-rebinding services that answer one of two addresses (each is a
// reading, and the strictest decides).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { destinationReadings } from '../../src/engine/normalize.js';

const cases: [string, string[], string][] = [
  ['http://a9fea9fe.7f000001.rbndr.us/', ['169.254.169.254/', '127.0.0.1/'], 'rbndr.us answers either hex address'],
  ['http://7f000001.a9fea9fe.rbndr.us', ['127.0.0.1', '169.254.169.254'], 'in either order'],
  ['http://make-169.254.169.254-rebind-127.0.0.1-rr.1u.ms', ['169.254.169.254', '127.0.0.1'], '1u.ms names every address it may answer'],
  ['http://fd00-ec2--254.sslip.io', ['169.254.169.254'], 'sslip.io IPv6 with dashes: AWS IPv6 metadata'],
  ['http://fd00-ec2-0-0-0-0-0-254.sslip.io', ['169.254.169.254'], 'the same, every group written (not 0.0.0.254)'],
  ['http://0-0-0-0-0-ffff-a9fe-a9fe.sslip.io', ['169.254.169.254'], 'an IPv4-mapped IPv6 in dashes'],
  ['http://1-2-3-4.sslip.io', ['1.2.3.4'], 'dashed IPv4 is still IPv4'],
  ['http://my-app.sslip.io', ['my-app.sslip.io'], 'a name embedding no address stays a name'],
  ['https://api.github.com/x', ['api.github.com/x'], 'ordinary hosts are untouched'],
];
for (const [destination, readings, why] of cases) {
  test(`${destination} is read as ${readings.join(' and ')} (${why})`, () => {
    assert.deepEqual(destinationReadings(destination), readings);
  });
}
