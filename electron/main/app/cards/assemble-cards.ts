import type { DomainPorts } from '../domain-ports';
import { activateCard, type ActivateCard } from './activate-card';
import { authorizePayment, type AuthorizePayment } from './authorize-payment';
import { capturePayment, type CapturePayment } from './capture-payment';
import { cardBalance, type CardBalance } from './card-balance';
import { accountStatement } from '../ledger/account-statement';
import { cardPorts } from './card-ports';
import { cardStatement, type CardStatement } from './card-statement';
import { changeCardPin, type ChangeCardPin } from './change-pin';
import { closeCard, type CloseCard } from './close-card';
import { createCardProgram, type CreateCardProgram } from './create-program';
import { issueCard, type IssueCard } from './issue-card';
import { listCards, type ListCards } from './list-cards';
import { listPrograms, type ListCardPrograms } from './list-programs';
import { lookupCards, type LookupCards } from './lookup-cards';
import { refundPayment, type RefundPayment } from './refund-payment';
import { releasePayment, type ReleasePayment } from './release-payment';
import { replaceCard, type ReplaceCard } from './replace-card';
import { revealCard, type RevealCard } from './reveal-card';
import { setCardFrozen, type SetCardFrozen } from './set-frozen';
import { topUpCard, type TopUpCard } from './top-up';
import { transferToWallet, type TransferToWallet } from './transfer-to-wallet';
import { unblockCardPin, type UnblockCardPin } from './unblock-pin';

/** The bound use cases of the cards domain. */
export type CardUseCases = {
  readonly createProgram: CreateCardProgram;
  readonly listPrograms: ListCardPrograms;
  readonly issue: IssueCard;
  readonly list: ListCards;
  readonly activate: ActivateCard;
  readonly changePin: ChangeCardPin;
  readonly unblockPin: UnblockCardPin;
  readonly setFrozen: SetCardFrozen;
  readonly close: CloseCard;
  readonly replace: ReplaceCard;
  readonly lookup: LookupCards;
  readonly reveal: RevealCard;
  readonly topUp: TopUpCard;
  readonly authorize: AuthorizePayment;
  readonly capture: CapturePayment;
  readonly release: ReleasePayment;
  readonly refund: RefundPayment;
  readonly balance: CardBalance;
  readonly transferToWallet: TransferToWallet;
  readonly statement: CardStatement;
};

export function assembleCardUseCases(domain: DomainPorts): CardUseCases {
  const ports = cardPorts(domain);
  return {
    createProgram: createCardProgram(ports),
    listPrograms: listPrograms(ports),
    issue: issueCard(ports),
    list: listCards(ports),
    activate: activateCard(ports),
    changePin: changeCardPin(ports),
    unblockPin: unblockCardPin(ports),
    setFrozen: setCardFrozen(ports),
    close: closeCard(ports),
    replace: replaceCard(ports),
    lookup: lookupCards(ports),
    reveal: revealCard(ports),
    topUp: topUpCard(ports),
    authorize: authorizePayment(ports),
    capture: capturePayment(ports),
    release: releasePayment(ports),
    refund: refundPayment(ports),
    balance: cardBalance(ports),
    transferToWallet: transferToWallet(ports),
    statement: cardStatement({ ...ports, statement: accountStatement(ports) }),
  };
}
