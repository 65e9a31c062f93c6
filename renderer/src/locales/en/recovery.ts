export const recovery = {
  title: 'This till’s database is an older copy',
  subtitle: 'Tillbook will not open it until an owner confirms it.',
  finding: {
    title: 'The database is older than its anchor',
    behind_anchor:
      'Its last entry is number {{headSeq}}, but the anchor kept beside it records entry {{anchorSeq}}: an older copy of the database was put back, and {{missing}} entries are not in it.',
    diverged:
      'Entry number {{anchorSeq}} is not the one the anchor kept beside it records: the database was replaced by another copy.',
    anchor_missing:
      'The database has {{headSeq}} entries but its anchor is missing: the anchor was removed, or the database was copied here from elsewhere.',
    anchor_invalid:
      'The anchor kept beside the database does not check out: it was changed, or belongs to another ledger.',
  },
  explain:
    'The anchor is a mark of the newest entry this till has written, kept outside the database. An older copy of the database was put back in place of a newer one (a restored backup, or a file copied back).',
  lost: 'What the newer database held after this copy (sales, staff changes, lockouts) is not in this copy and stays lost if you accept it.',
  doNotSell: 'Do not sell on this till until this is settled.',
  otherwise: 'If the older copy is not wanted, close Tillbook and put the newer database back instead.',
  form: {
    title: 'Accept this copy (owner only)',
    staffCode: 'Owner’s staff code',
    secret: 'Owner’s PIN or password',
    staffCodeRequired: 'Enter the owner’s staff code.',
    secretRequired: 'Enter the owner’s PIN or password.',
    submit: 'Accept this older copy',
    notOwnerTitle: 'An owner must confirm',
    notOwner:
      'That staff member is not an owner in this copy. Only an owner can accept it: a manager’s role may be one of the changes that were lost.',
  },
} as const;
