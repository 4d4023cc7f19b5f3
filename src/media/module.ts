// Media: uploads, the image pipeline and the library.
import { PATHS } from '../backoffice/paths.js';
import { msg } from '../messages/index.js';
import { defineModule } from '../registry/module.js';
import { mediaBackofficeRoutes } from './backoffice.js';

export const mediaModule = defineModule({
  name: 'media',
  backoffice: mediaBackofficeRoutes,
  nav: [{ key: 'media', label: msg.nav.media, href: PATHS.media, order: 40, needs: 'media.upload' }],
});
