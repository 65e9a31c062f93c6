export const auth = {
  signIn: {
    title: 'Sign in',
    subtitle: 'Enter your staff code and your PIN or password.',
    staffCode: 'Staff code',
    secret: 'PIN or password',
    submit: 'Sign in',
    staffCodeRequired: 'Enter your staff code.',
    secretRequired: 'Enter your PIN or password.',
  },
  lockout: {
    title: 'Account locked',
    message: 'Too many wrong attempts. You can try again at {{until}}.',
    remaining: 'Time left: {{time}}',
    over: 'The lock has ended. You can try again now.',
  },
  lock: {
    title: 'Screen locked',
    body: '{{name}} is signed in. Enter your PIN or password to continue where you left off.',
    bodyNoName: 'Enter your PIN or password to continue where you left off.',
    idle: 'Locked after a period of inactivity.',
    manual: 'Locked by hand.',
    secret: 'PIN or password',
    submit: 'Unlock',
    switchUser: 'Sign out and switch staff',
  },
} as const;
