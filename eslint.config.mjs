import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', '.contentlayer/**', 'out/**', 'public/mermaid/**', 'e2e/.imported/**', 'e2e/.imported-out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
]

export default config
