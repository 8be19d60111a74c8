import { describe, expect, it } from 'vitest';
import { ConfigError, defaultWorkers, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('works with nothing configured: offline, embedded store, port 3978, index under data/', () => {
    const c = loadConfig({}, '/srv/liaison');
    expect(c.port).toBe(3978);
    expect(c.llm).toBeUndefined();
    expect(c.redis).toBeUndefined();
    expect(c.slack).toBeUndefined();
    expect(c.dataDir).toBe('/srv/liaison/data');
    expect(c.indexDir).toBe('/srv/liaison/data/index');
    expect(c.knowledgeDir).toBe('/srv/liaison/knowledge');
  });

  it('sizes the worker pool from LIAISON_WORKERS (0: answers on the main thread), else from the cores', () => {
    expect(loadConfig({ LIAISON_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ LIAISON_WORKERS: '0' }).workers).toBe(0);
    expect(loadConfig({}).workers).toBeGreaterThanOrEqual(1);
    expect([1, 2, 4, 8].map(defaultWorkers)).toEqual([1, 2, 3, 7]);
    for (const bad of ['two', '-1', '1.5', '100']) {
      expect(() => loadConfig({ LIAISON_WORKERS: bad })).toThrow(new RegExp(`LIAISON_WORKERS: expected .*worker threads.*\\(got "${bad.replace('.', '\\.')}"\\)`));
    }
  });

  it('caps each worker thread at 1 GB of heap unless LIAISON_WORKER_HEAP_MB says otherwise (0: V8 default)', () => {
    expect(loadConfig({}).workerHeapMb).toBe(1024);
    expect(loadConfig({ LIAISON_WORKER_HEAP_MB: '2048' }).workerHeapMb).toBe(2048);
    expect(loadConfig({ LIAISON_WORKER_HEAP_MB: '0' }).workerHeapMb).toBe(0);
    for (const bad of ['64', 'lots', '1.5']) expect(() => loadConfig({ LIAISON_WORKER_HEAP_MB: bad })).toThrow(/LIAISON_WORKER_HEAP_MB/);
  });

  it('derives the index folder from LIAISON_DATA_DIR unless LIAISON_INDEX_DIR is set', () => {
    expect(loadConfig({ LIAISON_DATA_DIR: '/var/liaison' }).indexDir).toBe('/var/liaison/index');
    expect(loadConfig({ LIAISON_DATA_DIR: '/var/liaison', LIAISON_INDEX_DIR: '/mnt/idx' }).indexDir).toBe('/mnt/idx');
  });

  it('turns on OpenAI, Redis and Slack only when their settings are present', () => {
    const c = loadConfig({
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'https://example.openai.azure.com/openai/v1',
      REDIS_URL: 'rediss://cache.internal:6380',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'shh',
    });
    expect(c.llm).toMatchObject({ provider: 'openai', apiKey: 'sk-test', chatModel: 'gpt-4o-mini', baseURL: 'https://example.openai.azure.com/openai/v1' });
    expect(c.redis).toEqual({ url: 'rediss://cache.internal:6380', prefix: 'liaison:' });
    expect(c.slack).toMatchObject({ botToken: 'xoxb-1', signingSecret: 'shh' });
  });

  it('names each bad variable, what was given and what is expected', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://localhost:6379', LIAISON_TIMEZONE: 'Mars/Olympus' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT: expected a port number.*"eighty"/);
    expect(msg).toMatch(/REDIS_URL: expected a URL starting with redis:\/\/ or rediss:\/\//);
    expect(msg).toMatch(/LIAISON_TIMEZONE: expected an IANA time zone/);
  });

  it('keeps model answers and thread memory a day unless told otherwise, and refuses a bad number of hours', () => {
    expect(loadConfig({}).llmRetention).toEqual({ cacheMs: 24 * 3_600_000, memoryMs: 24 * 3_600_000 });
    expect(loadConfig({ LIAISON_LLM_CACHE_HOURS: '0', LIAISON_LLM_MEMORY_HOURS: '1.5' }).llmRetention).toEqual({ cacheMs: 0, memoryMs: 5_400_000 });
    expect(() => loadConfig({ LIAISON_LLM_CACHE_HOURS: 'a day' })).toThrow(/LIAISON_LLM_CACHE_HOURS: expected a number of hours/);
    expect(() => loadConfig({ LIAISON_LLM_MEMORY_HOURS: '-1' })).toThrow(/LIAISON_LLM_MEMORY_HOURS/);
  });

  it('refuses half a Slack setup with the missing piece named', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: required/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN: required/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' })).toThrow(/SLACK_APP_TOKEN: expected an app-level token/);
  });

  describe('the model provider', () => {
    const azure = { AZURE_OPENAI_API_KEY: 'az', AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com/', AZURE_OPENAI_DEPLOYMENT: 'chat' };
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        return (e as ConfigError).problems.join('\n');
      }
      return '';
    };

    it('reads Azure OpenAI: endpoint without the trailing slash, default API version, optional embedding deployment', () => {
      expect(loadConfig(azure).llm).toEqual({
        provider: 'azure',
        apiKey: 'az',
        endpoint: 'https://res.openai.azure.com',
        chatDeployment: 'chat',
        apiVersion: '2024-10-21',
        timeoutMs: 20000,
      });
      expect(loadConfig({ ...azure, AZURE_OPENAI_EMBEDDING_DEPLOYMENT: 'emb' }).llm).toMatchObject({ embeddingDeployment: 'emb' });
    });

    it('stops start-up on bad combinations, naming the variables', () => {
      expect(problems({ ...azure, OPENAI_API_KEY: 'sk' })).toMatch(/OPENAI_API_KEY, AZURE_OPENAI_API_KEY.*choose one provider/);
      expect(problems({ AZURE_OPENAI_API_KEY: 'az' })).toMatch(/AZURE_OPENAI_ENDPOINT: required[\s\S]*AZURE_OPENAI_DEPLOYMENT: required/);
      expect(problems({ ...azure, AZURE_OPENAI_ENDPOINT: 'https://res.openai.azure.com/openai/v1' })).toMatch(/AZURE_OPENAI_ENDPOINT: expected the resource URL/);
      expect(problems({ OPENAI_BASE_URL: 'http://localhost:11434/v1' })).toMatch(/OPENAI_API_KEY: required with OPENAI_BASE_URL/);
      expect(problems({ AZURE_OPENAI_API_VERSION: '2024-10-21' })).toMatch(/AZURE_OPENAI_API_VERSION: only used with/);
      expect(problems({ ...azure, AZURE_OPENAI_API_VERSION: 'latest' })).toMatch(/AZURE_OPENAI_API_VERSION: expected/);
      expect(problems({ OPENAI_API_KEY: 'sk', LANGSMITH_TRACING: 'true' })).toMatch(/LANGSMITH_TRACING: Liaison does not send prompts to LangSmith/);
      expect(problems({ LANGCHAIN_TRACING_V2: 'false' })).toBe('');
    });
  });
});

describe('reminder settings', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig(env, '/srv/liaison');
      return [];
    } catch (err) {
      return (err as ConfigError).problems;
    }
  };

  it('reads the district calendar from an .ics file, with all-day, multi-day and recurring holidays', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp((await import('node:os')).tmpdir() + '/liaison-ics-');
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//district//EN',
      'BEGIN:VEVENT', 'UID:1', 'DTSTART;VALUE=DATE:20261221', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Winter break', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:2', 'DTSTART;VALUE=DATE:20261111', 'SUMMARY:Veterans Day', 'RRULE:FREQ=YEARLY', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await writeFile(`${dir}/district.ics`, ics);
    const c = loadConfig({ LIAISON_HOLIDAYS: 'district.ics', LIAISON_HOLIDAY_REGION: 'US-CO', LIAISON_WORK_HOURS: '07:30-16:00' }, dir);
    expect(c.reminders.districtHolidays).toEqual(expect.arrayContaining(['2026-12-21', '2027-01-01', '2026-11-11', '2027-11-11']));
    expect(c.reminders.districtHolidays).not.toContain('2027-01-02');
    expect(c.reminders.policy).toMatchObject({ workStart: 450, workEnd: 960 });
  });

  it('reads the district places file, and names the line of a bad one', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp((await import('node:os')).tmpdir() + '/liaison-places-');
    await writeFile(`${dir}/places.csv`, 'town,county,zip,lat,lon\nPine Ridge,Pine County,56001,44.1,-93.2\nOakdale,Pine,56002,,\n');
    expect(loadConfig({ LIAISON_PLACES_FILE: 'places.csv' }, dir).places).toEqual([
      { town: 'Pine Ridge', county: 'Pine County', zips: ['56001'], lat: 44.1, lon: -93.2 },
      { town: 'Oakdale', county: 'Pine', zips: ['56002'] },
    ]);
    await writeFile(`${dir}/bad.csv`, 'town,zip\nPine Ridge,5600\n');
    expect(problemsOf({ LIAISON_PLACES_FILE: `${dir}/bad.csv` })).toEqual([expect.stringMatching(/^LIAISON_PLACES_FILE: cannot read .*bad\.csv: line 2: "5600" is not a 5-digit ZIP\. Give a CSV file/)]);
    expect(problemsOf({ LIAISON_PLACES_FILE: `${dir}/none.csv` })).toEqual([expect.stringMatching(/^LIAISON_PLACES_FILE: cannot read .*none\.csv: no such file/)]);
    await writeFile(`${dir}/headless.csv`, 'Pine Ridge,Pine County\n');
    expect(problemsOf({ LIAISON_PLACES_FILE: `${dir}/headless.csv` })).toEqual([expect.stringMatching(/the first line must name the columns, with "town" among them/)]);
  });

  it('stops start-up naming the variable when a calendar cannot be read, a region or time zone does not exist, or hours are backwards', () => {
    expect(problemsOf({ LIAISON_HOLIDAYS: 'missing.ics' })).toEqual([expect.stringMatching(/^LIAISON_HOLIDAYS: cannot read it: .*missing\.ics/)]);
    expect(problemsOf({ LIAISON_HOLIDAYS: '2026-12-24,Christmas' })).toEqual([expect.stringMatching(/^LIAISON_HOLIDAYS: .*"Christmas" is not a date/)]);
    expect(problemsOf({ LIAISON_HOLIDAY_REGION: 'US-XX' })).toEqual([expect.stringMatching(/^LIAISON_HOLIDAY_REGION: "US-XX" is not a holiday region/)]);
    expect(problemsOf({ LIAISON_TIMEZONE: 'Mars/Olympus' })).toEqual([expect.stringMatching(/^LIAISON_TIMEZONE: expected an IANA time zone/)]);
    expect(problemsOf({ LIAISON_WORK_HOURS: '17:00-08:00' })).toEqual([expect.stringMatching(/^LIAISON_WORK_HOURS: the end must be after the start/)]);
    expect(problemsOf({ LIAISON_REMINDERS: 'maybe' })).toEqual([expect.stringMatching(/^LIAISON_REMINDERS: expected on or off/)]);
  });
});
