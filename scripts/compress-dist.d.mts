import type { Plugin } from 'vite';

/** Compress every eligible file of distDir; returns how many files got compressed copies. */
export function compressDist(distDir: string): number;
/** Vite plugin: compress the output once everything (including sw.js) is written. */
export function compressDistPlugin(): Plugin;
