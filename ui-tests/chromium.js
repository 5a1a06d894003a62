/**
 * Debian's chromium, for every Playwright config here: Playwright cannot
 * download its own browser on these machines, and the network beyond the
 * package registries is closed, so Chromium's background traffic is turned off.
 */
module.exports = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync'
  ]
};
