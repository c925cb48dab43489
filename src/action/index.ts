// Entry point of dist/index.js (action.yml `main`): only starts the run.
import { run } from './main.js';

void run();
