'use client';
// The single-file bundle, imported through Next's bundler.
import 'ab-registration/bundle';
import {createElement} from 'react';

export default function BundlePage() {
  return (
    <main>
      {createElement('ab-registration', {
        endpoint: '/punchout/amazon-business',
        email: 'user4@abdemoaccount.com',
        lang: 'fr-CA',
        style: {display: 'block', width: 170, height: 120},
      })}
    </main>
  );
}
