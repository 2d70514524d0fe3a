import { defineCollection } from 'astro:content';
import { policyLoader } from './loaders/policy-loader.ts';
import { policyDocumentSchema } from './schema/policy-document.ts';

export const collections = {
  documents: defineCollection({ loader: policyLoader(), schema: policyDocumentSchema }),
};
