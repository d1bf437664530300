/**
 * `npm run projection:rebuild -- <name>`: empties a projection's tables and replays the whole
 * log into them, with a progress bar; `--all` rebuilds every projection in one pass over the log.
 * `--list` shows the projections and their state.
 * In the embedded mode stop the platform first: PGlite allows one process at a time.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { RebuildProgress } from '@cpp/eventsourcing';
import { ProjectionsService } from '@cpp/eventsourcing/nest';
import { AppModule } from '../app.module';
import { readConfig } from '../config/platform-config';
import { openInfrastructure } from '../infrastructure/open-infrastructure';

/** After the last page the bar stays full while the kept rows are written and swapped in: the phase says so. */
const PHASES: Record<NonNullable<RebuildProgress['phase']>, string> = {
  reading: 'reading the log',
  writing: 'writing the read models and their indexes',
  committing: 'swapping the rebuilt read models in',
};

async function main(): Promise<number> {
  const [name] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const config = readConfig();
  const infrastructure = await openInfrastructure(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, infrastructure), { logger: ['error', 'warn'] });
  try {
    const projections = app.get(ProjectionsService);
    await projections.migrate();
    const statuses = await projections.status();
    const all = process.argv.includes('--all');
    if ((!name && !all) || process.argv.includes('--list')) {
      for (const s of statuses)
        console.log(
          `${s.projection.padEnd(40)} ${s.status.padEnd(8)} at (${s.checkpoint.transactionId}, ${s.checkpoint.position})${s.error ? `  ${s.error}` : ''}`,
        );
      if (process.argv.includes('--list')) return 0;
      console.log('\nusage: npm run projection:rebuild -- <projection> | --all');
      return 2;
    }
    if (!all && !statuses.some((s) => s.projection === name)) {
      console.error(`unknown projection "${name}"; known: ${statuses.map((s) => s.projection).join(', ')}`);
      return 2;
    }
    const label = all ? 'every projection' : name;
    const bar = new SingleBar({ format: `${label} |{bar}| {percentage}% {value}/{total} events, {phase}`, hideCursor: true }, Presets.shades_classic);
    let started = false;
    const onProgress = ({ processed, total, phase }: RebuildProgress) => {
      const payload = { phase: PHASES[phase ?? 'reading'] };
      if (!started) {
        bar.start(total, processed, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(processed, payload);
      }
    };
    const replayed = all ? await projections.rebuildAll(onProgress) : await projections.rebuild(name, onProgress);
    bar.stop();
    console.log(`${label}: rebuilt from ${replayed} events`);
    return 0;
  } finally {
    await app.close();
    await infrastructure.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
