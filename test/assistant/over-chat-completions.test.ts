/** The assistant tests that go through the fake OpenAI server, run again over Chat Completions. */
import { againOverChatCompletions } from '../support/again-over-chat-completions.ts';

againOverChatCompletions(new URL('.', import.meta.url), import.meta.url);
