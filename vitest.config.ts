import { fileURLToPath } from 'node:url'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

// Dates must not depend on the machine's zone: tests/tz runs once per zone below,
// each in its own project whose workers get that TZ.
const machineZones = ['UTC', 'America/Los_Angeles']

export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      'contentlayer/generated': `${root}.contentlayer/generated`,
    },
  },
  test: {
    environment: 'node',
    // Builds data/'s generated content when it is missing or stale (a fresh clone has none).
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      ...machineZones.map(
        (zone): TestProjectInlineConfiguration => ({
          extends: true,
          test: { name: `tz ${zone}`, include: ['tests/tz/**/*.test.ts'], env: { TZ: zone } },
        }),
      ),
    ],
  },
})
