import { useState } from 'preact/hooks';
import { ProveUser } from './ProveUser.tsx';
import type { UserProof, VaultPort } from '../app/vault-port.ts';

/**
 * A button for an action an onlooker must not take: a click asks the user
 * to prove it is them (ProveUser), then hands the proof to `onProof`, which
 * runs the action and calls `close` once it succeeded (a refused proof keeps
 * the question open for another try).
 */
export function ProvedButton(props: {
  port: VaultPort;
  busy: boolean;
  testId: string;
  label: string;
  onProof: (proof: UserProof, close: () => void) => void;
}) {
  const [proving, setProving] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid={props.testId}
        disabled={props.busy || proving}
        onClick={() => setProving(true)}
      >
        {props.label}
      </button>
      {proving && (
        <ProveUser
          port={props.port}
          busy={props.busy}
          onProof={(proof) => props.onProof(proof, () => setProving(false))}
        />
      )}
    </>
  );
}
