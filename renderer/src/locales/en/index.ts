import { auth } from './auth';
import { cards } from './cards';
import { common } from './common';
import { customers } from './customers';
import { display } from './display';
import { errors } from './errors';
import { fx } from './fx';
import { health } from './health';
import { recovery } from './recovery';
import { refunds } from './refunds';
import { reports } from './reports';
import { settings } from './settings';
import { setup } from './setup';
import { shifts } from './shifts';
import { staffAdmin } from './staff-admin';
import { vouchers } from './vouchers';

export const catalogue = { common, auth, setup, settings, health, staffAdmin, recovery, customers, cards, vouchers, fx, display, refunds, shifts, reports, errors } as const;
