# finbot service image: Node.js 24 LTS, production dependencies only.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY sql ./sql
USER node
EXPOSE 3000
CMD ["node", "src/main.ts", "start"]
