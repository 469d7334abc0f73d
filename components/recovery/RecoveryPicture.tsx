// The recovery map drawn as SVG: each phone or mailbox in the middle column, the accounts it can reset
// hanging off it to the left and right (solid lines: by SMS to a phone; dashed: through a mailbox).
// Every account is a link with its full name and state, and each hub is a named group, so a keyboard or
// screen-reader user meets the same facts as the list beside it.
import { labelled, t } from '@/lib/i18n';
import type { Hub } from '@/core/recovery/map';
import { STATUS_MARK, accountHref, hubTitle, statusLabel } from './status';

const WIDTH = 760;
const NODE_W = 220;
const NODE_H = 34;
const ROW = 46;
const HUB_W = 230;
const GAP = 28;
const LEFT_X = 10;
const RIGHT_X = WIDTH - 10 - NODE_W;
const HUB_X = (WIDTH - HUB_W) / 2;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface Placed {
  hub: Hub;
  top: number;
  height: number;
}

export function layout(hubs: readonly Hub[]): { placed: Placed[]; height: number } {
  let top = 10;
  const placed = hubs.map((hub) => {
    const rows = Math.max(1, Math.ceil(hub.dependents.length / 2));
    const height = rows * ROW;
    const item = { hub, top, height };
    top += height + GAP;
    return item;
  });
  return { placed, height: top };
}

export function RecoveryPicture({ hubs }: { hubs: readonly Hub[] }) {
  const { placed, height } = layout(hubs);
  return (
    <svg class="recovery-picture" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby="recovery-picture-title">
      <title id="recovery-picture-title">{t('recovery.map.picture')}</title>
      {placed.map(({ hub, top, height: band }) => {
        const hubY = top + band / 2;
        const title = hubTitle(hub);
        return (
          <g key={hub.key} role="group" aria-label={title} class={`hub ${hub.route.kind}${hub.hardenFirst ? ' harden' : ''}`}>
            {hub.dependents.map((item, index) => {
              const left = index % 2 === 0;
              const x = left ? LEFT_X : RIGHT_X;
              const y = top + Math.floor(index / 2) * ROW + (ROW - NODE_H) / 2;
              const fromX = left ? HUB_X : HUB_X + HUB_W;
              const toX = left ? x + NODE_W : x;
              const name = labelled(item.account.label, statusLabel(item));
              return (
                <g key={item.account.id}>
                  <line class="link" x1={fromX} y1={hubY} x2={toX} y2={y + NODE_H / 2} />
                  <a href={accountHref(item.account.id)} aria-label={name} class={`node ${item.status}`}>
                    <title>{name}</title>
                    <rect x={x} y={y} width={NODE_W} height={NODE_H} rx={8} />
                    <text
                      x={x + 12}
                      y={y + NODE_H / 2 + 5}
                      aria-hidden="true"
                    >{`${STATUS_MARK[item.status]} ${clip(item.account.label, 22)}`}</text>
                  </a>
                </g>
              );
            })}
            <g class="hub-node">
              <title>{title}</title>
              <rect x={HUB_X} y={hubY - 22} width={HUB_W} height={44} rx={22} />
              <text x={WIDTH / 2} y={hubY - 2} text-anchor="middle" aria-hidden="true">
                {clip(title, 26)}
              </text>
              <text x={WIDTH / 2} y={hubY + 15} text-anchor="middle" class="sub" aria-hidden="true">
                {hub.hardenFirst
                  ? `⚑ ${t('recovery.map.resetsCount', { count: hub.dependents.length })}`
                  : t('recovery.map.resetsCount', { count: hub.dependents.length })}
              </text>
            </g>
          </g>
        );
      })}
    </svg>
  );
}
