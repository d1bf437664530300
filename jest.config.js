'use strict';
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: {
    '^@cpp/contracts/(.*)$': '<rootDir>/proto/gen/$1',
    '^@cpp/contracts$': '<rootDir>/proto/gen',
    '^@cpp/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
    '^@cpp/([a-z-]+)$': '<rootDir>/libs/$1/src',
  },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 30000,
  // Every test's name in the log: the contract suite's names say which adapter was proven.
  verbose: true,
  maxWorkers: process.env.CI ? 2 : '50%',
};
