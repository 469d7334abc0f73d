import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ensureUpgraded } from '@/lib/storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void ensureUpgraded());
  browser.runtime.onStartup.addListener(() => void ensureUpgraded());
});
