export const display = {
  nav: 'Customer display',
  title: 'Your purchase',
  welcome: 'Welcome! Your items appear here as they are scanned.',
  total: 'Total to pay',
  lines: {
    caption: 'Items in this sale',
    item: 'Item',
    quantity: 'Qty',
    total: 'Amount',
  },
  paid: {
    thanks: 'Paid — thank you!',
    total: 'Paid',
    change: 'Your change',
  },
  qr: {
    label: 'Wallet payment QR code',
    hint: 'Scan with your wallet app to pay',
  },
  notPaired: {
    title: 'This display is not paired',
    body: 'A customer display needs a one-time code from the till. Open the pairing page and type the code the till shows.',
    pair: 'Pair this display',
  },
  pairing: {
    title: 'Customer display',
    subtitle: 'Show customers their items, the total, the change and the wallet QR on a second screen.',
    step1: 'On the customer-facing screen, open',
    step2: 'Get a code here and type it on that screen within two minutes. Each code works once.',
    getCode: 'Get a pairing code',
    newCode: 'Get a new code',
    codeLabel: 'Pairing code',
    expiresIn: 'Expires in {{time}}',
    expired: 'The code expired. Get a new one.',
  },
} as const;
