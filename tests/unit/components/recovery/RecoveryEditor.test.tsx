import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { RecoveryEditor } from '@/components/recovery/RecoveryEditor';
import { RecoveryList } from '@/components/recovery/RecoveryList';
import { RecoveryPicture } from '@/components/recovery/RecoveryPicture';
import { buildRecoveryMap } from '@/core/recovery/map';
import { account, catalogue, stateWith, NOW } from '../../core/plan/fixtures';

afterEach(cleanup);

const mail = account('mail', { category: 'email', label: 'Personal mail' });
const alipaySite = {
  id: 'alipay',
  names: { en: 'Alipay', zh_CN: '支付宝' },
  aliases: [],
  category: 'payment' as const,
  regions: ['cn' as const],
  domains: ['alipay.com'],
};

describe('RecoveryEditor', () => {
  it('suggests the phone for a mainland payment app and saves only when the user confirms', async () => {
    const onSave = vi.fn(async () => undefined);
    const alipay = account('alipay', { category: 'payment', label: 'Alipay', siteId: 'alipay' });
    render(<RecoveryEditor account={alipay} accounts={[mail, alipay]} site={alipaySite} onSave={onSave} />);
    expect(screen.getByText(/Suggested from what this kind of account usually uses/)).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'main phone' }) as HTMLInputElement).checked).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Personal mail' }));
    fireEvent.change(screen.getByLabelText('Two-step verification it uses'), { target: { value: 'sms' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save how it resets' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ mailboxes: ['mail'], phones: ['main phone'], secondFactor: 'sms' }));
  });

  it('a label holding a whole phone number is warned about and added only after the user says so', async () => {
    const onSave = vi.fn(async () => undefined);
    const shop = account('shop', { label: 'Shop', recovery: { mailboxes: [], phones: [] } });
    render(<RecoveryEditor account={shop} accounts={[shop]} site={undefined} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText(/Add a phone/), { target: { value: '138 0013 8000' } });
    expect(screen.getByRole('alert').textContent).toMatch(/whole phone number/);
    const add = screen.getByRole('button', { name: 'Add phone' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /not a full number/ }));
    expect(add.disabled).toBe(false);
    fireEvent.click(add);
    fireEvent.click(screen.getByRole('button', { name: 'Save how it resets' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ mailboxes: [], phones: ['138 0013 8000'] }));
  });
});

describe('the map picture and list say the same', () => {
  it('names each hub and each account with its state, in both', () => {
    const alipay = account('alipay', { category: 'payment', label: 'Alipay', recovery: { mailboxes: [], phones: ['main phone'] } });
    const icbc = account('icbc', {
      category: 'banking',
      label: 'ICBC',
      sharedPassword: true,
      recovery: { mailboxes: [], phones: ['main phone'] },
    });
    const map = buildRecoveryMap(stateWith({ accounts: [alipay, icbc] }), catalogue, NOW);
    const picture = render(<RecoveryPicture hubs={map.hubs} />);
    const group = within(picture.container as HTMLElement).getByRole('group', { name: 'Phone: main phone' });
    const pictured = within(group)
      .getAllByRole('link')
      .map((link) => link.getAttribute('aria-label'));
    cleanup();
    const list = render(<RecoveryList hubs={map.hubs} />);
    const section = within(list.container as HTMLElement).getByRole('region', { name: 'Phone: main phone' });
    const listed = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent!.replace(' · ', ': '));
    expect(pictured).toEqual(['ICBC: Shares a leaked password', 'Alipay: Open steps: 2']);
    expect(listed).toEqual(pictured);
  });
});
