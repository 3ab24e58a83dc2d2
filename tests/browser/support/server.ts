/** The static server lives in scripts/lib/static-server.ts (Lighthouse and the bench use it too). */
export { serveDist, type StaticServer } from '../../../scripts/lib/static-server.ts';
