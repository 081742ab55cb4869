import { getViteConfig } from 'astro/config';

// Astro's Vite setup, so unit tests can render .astro components (astro/container).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
