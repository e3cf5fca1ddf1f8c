import { reactRouter } from '@react-router/dev/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { routekaartContent } from './src/build/content-plugin';

// Vitest runs component tests without React Router's plugin (it would demand its
// HMR preamble); the site build and dev server use the framework plugin.
const isVitest = Boolean(process.env.VITEST);

export default defineConfig({
  plugins: isVitest ? [react()] : [routekaartContent(), reactRouter()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
