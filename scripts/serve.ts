/**
 * `npm start` (after the build) and the browser tests' web server: serves
 * `dist/` (or the folder given) at http://localhost:4321 (or PORT, HOST).
 */
import { serveStatic } from './lib/static-server.ts';

const dir = process.argv[2] ?? 'dist';
try {
  const server = await serveStatic(dir, Number(process.env['PORT'] ?? 4321), process.env['HOST'] ?? 'localhost');
  console.log(`Serving ${dir}/ at ${server.url}/`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
