import { auth } from './auth';
import { cards } from './cards';
import { common } from './common';
import { errors } from './errors';
import { health } from './health';
import { recovery } from './recovery';
import { settings } from './settings';
import { setup } from './setup';
import { staffAdmin } from './staff-admin';

export const catalogue = { common, auth, setup, settings, health, staffAdmin, recovery, cards, errors } as const;
