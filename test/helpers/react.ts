// React as the test runner serves it: one ES module bundled by esbuild
// (web-test-runner.config.mjs, reactAsModulePlugin), typed from @types/react.
// @ts-expect-error: a URL the test runner answers, not a file TypeScript can see
import * as vendor from '/__vendor__/react.js';
import type * as ReactTypes from 'react';
import type {createRoot as CreateRoot, hydrateRoot as HydrateRoot} from 'react-dom/client';
import type {renderToString as RenderToString} from 'react-dom/server';
import type {flushSync as FlushSync} from 'react-dom';

export const React = vendor.React as typeof ReactTypes;
export const createRoot = vendor.createRoot as typeof CreateRoot;
export const hydrateRoot = vendor.hydrateRoot as typeof HydrateRoot;
export const renderToString = vendor.renderToString as typeof RenderToString;
export const flushSync = vendor.flushSync as typeof FlushSync;
