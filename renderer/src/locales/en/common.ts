export const common = {
  appName: 'Tillbook',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  never: 'Never',
  notSet: 'Not set',
  nav: {
    label: 'Sections',
    health: 'Ledger health',
    settings: 'Settings',
    shifts: 'Shifts',
    reports: 'Reports',
  },
  topBar: {
    label: 'Status bar',
    place: '{{merchant}} · {{terminal}}',
    staff: 'Signed in: {{name}}',
    lock: 'Lock',
    lockHint: 'Lock the screen now',
    signOut: 'Sign out',
    language: 'Language',
  },
  roles: {
    owner: 'Owner',
    manager: 'Manager',
    cashier: 'Cashier',
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  actions: {
    toggleSecret: 'Show or hide what you typed',
    retry: 'Try again',
    reload: 'Reload',
  },
  error: {
    title: 'That did not work',
    details: 'Details: {{code}}',
    detailsWithKey: 'Details: {{code}} ({{key}})',
  },
  boundary: {
    title: 'This screen stopped working',
    body: 'Nothing was lost: the ledger is kept by the core, not this screen. Reload to continue.',
    details: 'Details: {{name}}',
  },
  boot: {
    failedTitle: 'Tillbook could not start',
    failedBody: 'The app could not reach its core. Try again; if this keeps happening, restart Tillbook.',
  },
} as const;
