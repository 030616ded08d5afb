import { postJson, REAL_TIMING, type SendOutcome, type SendTiming } from './http-send';

export interface ChannelWebhook {
  post(url: string, message: unknown): Promise<SendOutcome>;
}

/** The channel's Workflows webhook: the URL is the credential; any 2xx means queued. */
export function workflowWebhook(timing: SendTiming = REAL_TIMING): ChannelWebhook {
  return { post: (url, message) => postJson(url, message, { timing }) };
}
