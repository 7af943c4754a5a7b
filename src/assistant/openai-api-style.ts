/** Which OpenAI API finbot speaks (OPENAI_API_STYLE): Responses, Chat Completions, or whichever the server serves. */
export const openAIApiStyles = ['responses', 'chat', 'auto'] as const;
export type OpenAIApiStyle = (typeof openAIApiStyles)[number];
