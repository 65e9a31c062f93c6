/** Cards & wallets, and the shared money kit (keypads, QR, exports) the other sections reuse. */
export const cards = {
  nav: 'Cards & wallets',
  kit: {
    keypad: {
      group: 'Keypad: {{label}}',
      point: 'Decimal point',
      back: 'Delete the last digit',
      clear: 'Clear the amount',
      empty: 'No amount yet',
    },
    pin: {
      group: 'Keypad: {{label}}',
      back: 'Delete the last digit',
      clear: 'Clear the PIN',
      clearShort: 'Clear',
    },
    qr: {
      label: 'QR code of wallet address {{address}}',
    },
    export: {
      progressLabel: 'Export progress',
      progress: '{{rows}} lines read…',
      progressOf: '{{rows}} of {{total}} lines read',
      done: '{{rows}} lines exported',
      cancel: 'Stop export',
    },
  },
} as const;
