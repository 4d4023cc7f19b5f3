// The counting beacon and the rating form.
import { defineModule } from '../registry/module.js';
import { counterRoutes } from './routes.js';

export const countersModule = defineModule({ name: 'counters', routes: counterRoutes });
