// Launches Debian's Chromium through playwright-core (browsers cannot be downloaded here), with the
// same flags as the Chromium benchmark sections.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/cli/bench-chromium';

export { CHROMIUM_ARGS };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
